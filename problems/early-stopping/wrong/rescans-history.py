# Re-derives the best loss with min() over the whole history every epoch: O(n^2), times out on long runs (and tracks the raw minimum, not min_delta improvements).
def early_stopping(val_losses, patience, min_delta):
    best_epoch, wait = 0, 0
    for epoch in range(1, len(val_losses)):
        best = min(val_losses[:epoch])
        if val_losses[epoch] < best - min_delta:
            best_epoch, wait = epoch, 0
        else:
            wait += 1
            if wait >= patience:
                return [epoch, best_epoch]
    return [len(val_losses) - 1, best_epoch]
