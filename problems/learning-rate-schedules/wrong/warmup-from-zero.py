# Ramps warm-up as base_lr * t / w, so step 0 has a learning rate of 0 and the ramp is one step late.
import math


def lr_schedule(kind: str, base_lr: float, num_steps: int, cfg: dict) -> list:
    out = []
    for t in range(num_steps):
        if kind == "step":
            lr = base_lr * cfg["gamma"] ** (t // cfg["step_size"])
        else:
            w = cfg["warmup_steps"]
            if t < w:
                lr = base_lr * t / w
            else:
                span = max(1, num_steps - w)
                if kind == "warmup_cosine":
                    progress = (t - w) / span
                    lo = cfg["min_lr"]
                    lr = lo + 0.5 * (base_lr - lo) * (1.0 + math.cos(math.pi * progress))
                else:
                    lr = base_lr * (num_steps - t) / span
        out.append(lr)
    return out
