# Independent oracle: numpy Q array, the whole transition list turned into arrays first; the bootstrap term is masked by (1 - done) instead of branching.
import numpy as np


def oracle(n_states, n_actions, transitions, alpha, gamma):
    Q = np.zeros((n_states, n_actions), dtype=float)
    if transitions:
        T = np.asarray(transitions, dtype=float)
        S = T[:, 0].astype(int)
        A = T[:, 1].astype(int)
        R = T[:, 2]
        S2 = T[:, 3].astype(int)
        D = T[:, 4]
        for i in range(len(T)):
            td_target = R[i] + gamma * (1.0 - D[i]) * Q[S2[i]].max()
            Q[S[i], A[i]] = (1.0 - alpha) * Q[S[i], A[i]] + alpha * td_target
    return Q.tolist()
