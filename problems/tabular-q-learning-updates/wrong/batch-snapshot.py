# Computes every target from the Q table as it was before the batch (a frozen snapshot), instead of applying the updates one after another.
def q_learning_updates(n_states: int, n_actions: int, transitions: list, alpha: float, gamma: float) -> list:
    q = [[0.0] * n_actions for _ in range(n_states)]
    old = [row[:] for row in q]
    for s, a, r, s_next, done in transitions:
        target = r if done else r + gamma * max(old[s_next])
        q[s][a] += alpha * (target - q[s][a])
    return q
