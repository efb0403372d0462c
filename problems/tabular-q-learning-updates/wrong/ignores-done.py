# Ignores the done flag and bootstraps from the next state's values even after a terminal step.
def q_learning_updates(n_states: int, n_actions: int, transitions: list, alpha: float, gamma: float) -> list:
    q = [[0.0] * n_actions for _ in range(n_states)]
    for s, a, r, s_next, done in transitions:
        target = r + gamma * max(q[s_next])
        q[s][a] += alpha * (target - q[s][a])
    return q
