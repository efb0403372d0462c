# Oracle: second implementation, written differently from the reference: a numpy beam that scores all B × V
# expansions as one matrix and ranks them with np.lexsort on (-score, the parent's lexicographic rank, token id),
# keeping only parent pointers, not token lists. (The generator also checks it against an exhaustive search over
# every sequence up to max_len on the cases whose beam is wide enough to keep everything.)
import numpy as np


def oracle(log_probs, bos, eos, beam_width, max_len, alpha):
    table = np.asarray(log_probs, dtype=float)
    V = table.shape[0]
    seqs = [()]                       # token tuples of the live beam
    scores = np.zeros(1)
    last = np.array([bos])
    done = []                         # (tuple, score)
    for _ in range(max_len):
        cand = scores[:, None] + table[last]                 # (beam, V)
        parent_rank = np.empty(len(seqs), dtype=int)
        parent_rank[sorted(range(len(seqs)), key=seqs.__getitem__)] = np.arange(len(seqs))
        P, W = np.meshgrid(np.arange(len(seqs)), np.arange(V), indexing="ij")
        flat_p, flat_w, flat_s = P.ravel(), W.ravel(), cand.ravel()
        order = np.lexsort((flat_w, parent_rank[flat_p], -flat_s))[:beam_width]
        new_seqs, new_scores = [], []
        for k in order:
            t = seqs[flat_p[k]] + (int(flat_w[k]),)
            if flat_w[k] == eos:
                done.append((t, float(flat_s[k])))
            else:
                new_seqs.append(t)
                new_scores.append(flat_s[k])
        if not new_seqs:
            seqs = []
            break
        seqs, scores = new_seqs, np.array(new_scores)
        last = np.array([t[-1] for t in seqs])
    pool = done + [(t, float(s)) for t, s in zip(seqs, scores)]
    norm = np.array([s / len(t) ** alpha for t, s in pool])
    top = norm.max()
    best = min((pool[i] for i in np.flatnonzero(norm == top)), key=lambda p: p[0])
    return [list(best[0]), best[1], best[1] / len(best[0]) ** alpha]
