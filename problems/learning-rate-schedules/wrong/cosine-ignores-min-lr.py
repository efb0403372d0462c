# Decays the cosine to 0 and ignores min_lr.
import math


def lr_schedule(kind: str, base_lr: float, num_steps: int, cfg: dict) -> list:
    out = []
    for t in range(num_steps):
        if kind == "step":
            lr = base_lr * cfg["gamma"] ** (t // cfg["step_size"])
        else:
            w = cfg["warmup_steps"]
            if t < w:
                lr = base_lr * (t + 1) / w
            else:
                span = max(1, num_steps - w)
                if kind == "warmup_cosine":
                    progress = (t - w) / span
                    lo = cfg["min_lr"]
                    lr = 0.5 * base_lr * (1.0 + math.cos(math.pi * progress))
                else:
                    lr = base_lr * (num_steps - t) / span
        out.append(lr)
    return out
