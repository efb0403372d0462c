# Computes every target of an episode from a copy of the table taken when the episode starts, so later steps miss the updates made earlier in the same episode.
def sarsa_updates(n_states, n_actions, episodes, alpha, gamma):
    Q = [[0.0] * n_actions for _ in range(n_states)]
    for ep in episodes:
        frozen = [row[:] for row in Q]
        for t, (s, a, r) in enumerate(ep):
            target = r + (gamma * frozen[ep[t + 1][0]][ep[t + 1][1]] if t + 1 < len(ep) else 0.0)
            Q[s][a] += alpha * (target - frozen[s][a])
    return Q
