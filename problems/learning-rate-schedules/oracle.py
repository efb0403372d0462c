# Independent oracle: numpy over the whole step range at once - np.arange for t, np.floor_divide and
# np.power for the step schedule, np.where to join the warm-up ramp to np.cos / linear decay.
import numpy as np


def oracle(kind, base_lr, num_steps, cfg):
    t = np.arange(num_steps, dtype=float)
    if kind == "step":
        return (base_lr * np.power(cfg["gamma"], np.floor_divide(t, cfg["step_size"]))).tolist()
    w = cfg["warmup_steps"]
    span = max(1, num_steps - w)
    ramp = base_lr * (t + 1) / w if w > 0 else np.zeros_like(t)
    if kind == "warmup_cosine":
        lo = cfg["min_lr"]
        decay = lo + (base_lr - lo) * (1 + np.cos(np.pi * (t - w) / span)) / 2
    else:
        decay = base_lr * (num_steps - t) / span
    return np.where(t < w, ramp, decay).tolist()
