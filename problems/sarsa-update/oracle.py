# Oracle: second implementation, written differently from the reference: numpy arrays per episode (states, actions, rewards as vectors), bootstrap values read from a numpy table with the terminal step's next value masked to 0, updates still applied one step at a time as the rule requires.
import numpy as np


def oracle(n_states, n_actions, episodes, alpha, gamma):
    Q = np.zeros((n_states, n_actions))
    for ep in episodes:
        if not ep:
            continue
        arr = np.asarray(ep, dtype=float)
        s = arr[:, 0].astype(int)
        a = arr[:, 1].astype(int)
        r = arr[:, 2]
        T = len(ep)
        for t in range(T):
            boot = Q[s[t + 1], a[t + 1]] if t < T - 1 else 0.0
            Q[s[t], a[t]] += alpha * (r[t] + gamma * boot - Q[s[t], a[t]])
    return Q.tolist()
