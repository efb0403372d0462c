# Ignores min_delta: any decrease at all counts as an improvement and resets the patience counter.
def early_stopping(val_losses, patience, min_delta):
    best, best_epoch, wait = val_losses[0], 0, 0
    for epoch in range(1, len(val_losses)):
        if val_losses[epoch] < best:
            best, best_epoch, wait = val_losses[epoch], epoch, 0
        else:
            wait += 1
            if wait >= patience:
                return [epoch, best_epoch]
    return [len(val_losses) - 1, best_epoch]
