# Independent oracle (no library equivalent runs on a list of losses): a callback object in the
# style of Keras' EarlyStopping(mode="min"), fed one epoch at a time.


class _EarlyStopping:
    def __init__(self, patience, min_delta):
        self.patience = patience
        self.min_delta = min_delta
        self.best = None
        self.best_epoch = None
        self.wait = 0

    def on_epoch_end(self, epoch, loss):
        """Returns True when training should stop after this epoch."""
        if self.best is None or loss < self.best - self.min_delta:
            self.best, self.best_epoch, self.wait = loss, epoch, 0
            return False
        self.wait += 1
        return self.wait >= self.patience


def oracle(val_losses, patience, min_delta):
    cb = _EarlyStopping(patience, min_delta)
    for epoch, loss in enumerate(val_losses):
        if cb.on_epoch_end(epoch, loss):
            return [epoch, cb.best_epoch]
    return [len(val_losses) - 1, cb.best_epoch]
