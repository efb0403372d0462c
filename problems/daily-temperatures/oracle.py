# Oracle: second implementation, scans right to left remembering the next index of every temperature 30..100 (the reference keeps a stack).
def oracle(temperatures):
    n = len(temperatures)
    next_at = {}  # temperature -> nearest index to the right holding it
    answer = [0] * n
    for i in range(n - 1, -1, -1):
        t = temperatures[i]
        later = [next_at[w] for w in range(t + 1, 101) if w in next_at]
        answer[i] = min(later) - i if later else 0
        next_at[t] = i
    return answer
