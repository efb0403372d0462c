def returns_and_gae(rewards: list, values: list, dones: list, last_value: float, gamma: float, lam: float) -> list:
    T = len(rewards)
    returns = [0.0] * T
    advantages = [0.0] * T
    next_return = last_value  # bootstrap: the value of the state after the last step
    next_value = last_value
    next_adv = 0.0
    for t in range(T - 1, -1, -1):
        alive = 0.0 if dones[t] else 1.0  # the episode ended at t: nothing flows back across it
        next_return = rewards[t] + gamma * alive * next_return
        delta = rewards[t] + gamma * alive * next_value - values[t]
        next_adv = delta + gamma * lam * alive * next_adv
        returns[t] = next_return
        advantages[t] = next_adv
        next_value = values[t]
    return [returns, advantages]
