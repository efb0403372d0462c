def sarsa_updates(n_states: int, n_actions: int, episodes: list, alpha: float, gamma: float) -> list:
    Q = [[0.0] * n_actions for _ in range(n_states)]
    for episode in episodes:
        for t, (s, a, r) in enumerate(episode):
            if t + 1 < len(episode):
                s_next, a_next, _ = episode[t + 1]
                target = r + gamma * Q[s_next][a_next]  # on-policy: the action actually taken next
            else:
                target = r  # the episode ends here: nothing to bootstrap from
            Q[s][a] += alpha * (target - Q[s][a])
    return Q
