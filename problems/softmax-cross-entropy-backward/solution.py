import math


def softmax_ce_backward(logits: list, labels: list, smoothing: float) -> list:
    n = len(logits)
    loss = 0.0
    grad = []
    for row, y in zip(logits, labels):
        c = len(row)
        top = max(row)
        exps = [math.exp(z - top) for z in row]
        s = sum(exps)
        log_s = top + math.log(s)  # log Σ exp(z), without overflow
        # smoothed target: 1 - smoothing on the label, plus smoothing / C on every class
        q = [smoothing / c + (1.0 - smoothing if k == y else 0.0) for k in range(c)]
        loss += sum(qk * (log_s - z) for qk, z in zip(q, row))  # -Σ q_k log p_k
        grad.append([(e / s - qk) / n for e, qk in zip(exps, q)])  # d(mean loss)/dz = (p - q) / n
    return [loss / n, grad]
