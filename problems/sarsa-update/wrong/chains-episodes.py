# Treats all episodes as one stream: the last step of an episode bootstraps from the first step of the next one instead of stopping at the terminal state.
def sarsa_updates(n_states, n_actions, episodes, alpha, gamma):
    Q = [[0.0] * n_actions for _ in range(n_states)]
    steps = [tuple(x) for ep in episodes for x in ep]
    for t, (s, a, r) in enumerate(steps):
        if t + 1 < len(steps):
            s2, a2, _ = steps[t + 1]
            target = r + gamma * Q[s2][a2]
        else:
            target = r
        Q[s][a] += alpha * (target - Q[s][a])
    return Q
