# Backpropagates into the first layer through the already-updated W2 instead of the W2 used in the forward pass.
import math


def mlp_sgd_step(X, y, W1, b1, W2, b2, lr):
    n, d, h, c = len(X), len(W1), len(b1), len(b2)
    Z1 = [[b1[k] + sum(x[j] * W1[j][k] for j in range(d)) for k in range(h)] for x in X]
    A1 = [[v if v > 0 else 0.0 for v in z] for z in Z1]
    Z2 = [[b2[m] + sum(a[k] * W2[k][m] for k in range(h)) for m in range(c)] for a in A1]
    loss, D2 = 0.0, []
    for z, t in zip(Z2, y):
        top = max(z)
        e = [math.exp(v - top) for v in z]
        s = sum(e)
        loss += top + math.log(s) - z[t]
        row = [v / s / n for v in e]
        row[t] -= 1.0 / n
        D2.append(row)
    nW2 = [[W2[k][m] - lr * sum(A1[i][k] * D2[i][m] for i in range(n)) for m in range(c)] for k in range(h)]
    nb2 = [b2[m] - lr * sum(D2[i][m] for i in range(n)) for m in range(c)]
    BACK = nW2
    D1 = [[sum(BACK[k][m] * D2[i][m] for m in range(c)) if Z1[i][k] > 0 else 0.0 for k in range(h)] for i in range(n)]
    nW1 = [[W1[j][k] - lr * sum(X[i][j] * D1[i][k] for i in range(n)) for k in range(h)] for j in range(d)]
    nb1 = [b1[k] - lr * sum(D1[i][k] for i in range(n)) for k in range(h)]
    return [loss / n, nW1, nb1, nW2, nb2]
