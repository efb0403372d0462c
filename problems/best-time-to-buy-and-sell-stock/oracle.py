# Oracle: second implementation, the best later selling price from a suffix-maximum array (the reference tracks the running minimum).
def oracle(prices):
    best_later = 0
    profit = 0
    for p in reversed(prices):
        profit = max(profit, best_later - p)
        best_later = max(best_later, p)
    return profit
