# Returns p - q per row without dividing by the batch size n, the gradient of the summed loss, not of the mean.
import math


def softmax_ce_backward(logits, labels, smoothing):
    n = len(logits)
    loss, grad = 0.0, []
    for row, y in zip(logits, labels):
        c = len(row)
        top = max(row)
        e = [math.exp(z - top) for z in row]
        s = sum(e)
        probs = [v / s for v in e]
        logp = [z - top - math.log(s) for z in row]
        q = [smoothing / c + (1 - smoothing if k == y else 0.0) for k in range(c)]
        loss += -sum(qk * lp for qk, lp in zip(q, logp))
        grad.append([p - qk for p, qk in zip(probs, q)])
    return [loss / n, grad]
