def early_stopping(val_losses: list, patience: int, min_delta: float) -> list:
    best = val_losses[0]
    best_epoch = 0
    wait = 0
    for epoch in range(1, len(val_losses)):
        loss = val_losses[epoch]
        if loss < best - min_delta:  # a strict improvement by more than min_delta
            best, best_epoch, wait = loss, epoch, 0
        else:
            wait += 1
            if wait >= patience:
                return [epoch, best_epoch]
    return [len(val_losses) - 1, best_epoch]
