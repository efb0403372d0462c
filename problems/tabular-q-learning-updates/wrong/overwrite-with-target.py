# Forgets the old estimate: sets Q[s][a] = alpha * target instead of moving it a step of size alpha towards the target.
def q_learning_updates(n_states: int, n_actions: int, transitions: list, alpha: float, gamma: float) -> list:
    q = [[0.0] * n_actions for _ in range(n_states)]
    for s, a, r, s_next, done in transitions:
        target = r if done else r + gamma * max(q[s_next])
        q[s][a] = alpha * target
    return q
