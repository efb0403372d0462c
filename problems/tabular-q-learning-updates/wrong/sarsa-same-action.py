# Bootstraps from Q[s_next][a] (the same action again) instead of the greedy max over next actions.
def q_learning_updates(n_states: int, n_actions: int, transitions: list, alpha: float, gamma: float) -> list:
    q = [[0.0] * n_actions for _ in range(n_states)]
    for s, a, r, s_next, done in transitions:
        target = r if done else r + gamma * q[s_next][a]
        q[s][a] += alpha * (target - q[s][a])
    return q
