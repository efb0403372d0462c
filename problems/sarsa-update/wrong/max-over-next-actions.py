# Bootstraps from the best action in the next state (the Q-learning target) instead of the action actually taken next.
def sarsa_updates(n_states, n_actions, episodes, alpha, gamma):
    Q = [[0.0] * n_actions for _ in range(n_states)]
    for ep in episodes:
        for t, (s, a, r) in enumerate(ep):
            target = r + (gamma * max(Q[ep[t + 1][0]]) if t + 1 < len(ep) else 0.0)
            Q[s][a] += alpha * (target - Q[s][a])
    return Q
