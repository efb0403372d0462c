# Compares each loss with the previous epoch's loss instead of the best so far, so a bounce back up then down looks like progress.
def early_stopping(val_losses, patience, min_delta):
    best, best_epoch, wait = val_losses[0], 0, 0
    for epoch in range(1, len(val_losses)):
        if val_losses[epoch] < val_losses[epoch - 1] - min_delta:
            wait = 0
            if val_losses[epoch] < best:
                best, best_epoch = val_losses[epoch], epoch
        else:
            wait += 1
            if wait >= patience:
                return [epoch, best_epoch]
    return [len(val_losses) - 1, best_epoch]
