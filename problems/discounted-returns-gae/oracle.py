# Oracle: scipy.signal.lfilter - the rollout is cut into episodes at the done flags; within each piece both recursions are the IIR filter y[t] = x[t] + c · y[t+1], run by lfilter([1], [1, -c], x[::-1])[::-1] with c = gamma (returns, the bootstrap appended as a final reward) and c = gamma · lam (advantages on the TD errors).
import numpy as np
from scipy.signal import lfilter


def _discount(x, c):
    return lfilter([1.0], [1.0, -c], np.asarray(x, dtype=float)[::-1])[::-1]


def oracle(rewards, values, dones, last_value, gamma, lam):
    r = np.asarray(rewards, dtype=float)
    v = np.asarray(values, dtype=float)
    T = len(r)
    if T == 0:
        return [[], []]
    ends = [t for t in range(T) if dones[t]]
    if not ends or ends[-1] != T - 1:
        ends.append(T - 1)
    G = np.zeros(T)
    A = np.zeros(T)
    start = 0
    for end in ends:
        boot = 0.0 if dones[end] else float(last_value)
        seg_r, seg_v = r[start:end + 1], v[start:end + 1]
        G[start:end + 1] = _discount(np.append(seg_r, boot), gamma)[:-1]
        next_v = np.append(seg_v[1:], boot)
        delta = seg_r + gamma * next_v - seg_v
        A[start:end + 1] = _discount(delta, gamma * lam)
        start = end + 1
    return [G.tolist(), A.tolist()]
