# Oracle: brute force, one global list of every tweet in posting order, scanned from the newest for each feed.
def oracle(ops, args):
    tweets = []  # (userId, tweetId), oldest first
    follows = {}
    out = [None]
    for op, a in zip(ops[1:], args[1:]):
        if op == "postTweet":
            tweets.append((a[0], a[1]))
            out.append(None)
        elif op == "follow":
            follows.setdefault(a[0], set()).add(a[1])
            out.append(None)
        elif op == "unfollow":
            follows.setdefault(a[0], set()).discard(a[1])
            out.append(None)
        else:
            user = a[0]
            visible = follows.get(user, set()) | {user}
            feed = []
            for author, tweet in reversed(tweets):
                if author in visible:
                    feed.append(tweet)
                    if len(feed) == 10:
                        break
            out.append(feed)
    return out
