# Wrong order: ranks tweets by their id, but ids are not given in posting order; recency must come from a counter.
class Twitter:

    def __init__(self):
        self.posts = defaultdict(list)
        self.following = defaultdict(set)

    def postTweet(self, userId: int, tweetId: int) -> None:
        self.posts[userId].append(tweetId)

    def getNewsFeed(self, userId: int) -> List[int]:
        authors = self.following[userId] | {userId}
        return nlargest(10, [t for a in authors for t in self.posts[a]])

    def follow(self, followerId: int, followeeId: int) -> None:
        self.following[followerId].add(followeeId)

    def unfollow(self, followerId: int, followeeId: int) -> None:
        self.following[followerId].discard(followeeId)
