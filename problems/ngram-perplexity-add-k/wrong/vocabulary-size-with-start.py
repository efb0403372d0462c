# Counts "<s>" in the vocabulary size as well (|V| = len(vocab) + 3), although it is never predicted.
import math
from collections import Counter


def ngram_perplexity(vocab: list, train: list, test: list, n: int, k: float) -> list:
    known = set(vocab)
    size = len(known) + 3  # the given words plus "</s>" and "<unk>"; "<s>" is never predicted

    def events(sentence):
        # Map out-of-vocabulary words first (in training and test alike), then pad with n - 1 starts.
        words = [w if w in known else "<unk>" for w in sentence]
        padded = ["<s>"] * (n - 1) + words + ["</s>"]
        for i in range(n - 1, len(padded)):
            yield tuple(padded[i - n + 1:i]), padded[i]

    pair_count = Counter()
    history_count = Counter()
    for sentence in train:
        for history, word in events(sentence):
            pair_count[history, word] += 1
            history_count[history] += 1

    log_likelihood = 0.0
    predictions = 0
    for sentence in test:
        for history, word in events(sentence):
            p = (pair_count[history, word] + k) / (history_count[history] + k * size)
            log_likelihood += math.log(p)
            predictions += 1
    return [log_likelihood, math.exp(-log_likelihood / predictions)]
