import math


def lr_schedule(kind: str, base_lr: float, num_steps: int, cfg: dict) -> list:
    out = []
    for t in range(num_steps):
        if kind == "step":
            lr = base_lr * cfg["gamma"] ** (t // cfg["step_size"])
        else:
            w = cfg["warmup_steps"]
            if t < w:
                lr = base_lr * (t + 1) / w  # step 0 already trains, at base_lr / w
            else:
                span = max(1, num_steps - w)  # the decay runs over the steps after warm-up
                if kind == "warmup_cosine":
                    progress = (t - w) / span
                    lo = cfg["min_lr"]
                    lr = lo + 0.5 * (base_lr - lo) * (1.0 + math.cos(math.pi * progress))
                else:  # "warmup_linear": base_lr at t = w, reaching 0 at t = num_steps
                    lr = base_lr * (num_steps - t) / span
        out.append(lr)
    return out
