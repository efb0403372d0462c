# Missed case: set.remove raises KeyError when the user was not following the other one.
class Twitter:

    def __init__(self):
        self.clock = 0
        self.posts = defaultdict(list)
        self.following = defaultdict(set)

    def postTweet(self, userId: int, tweetId: int) -> None:
        self.clock += 1
        self.posts[userId].append((self.clock, tweetId))

    def getNewsFeed(self, userId: int) -> List[int]:
        authors = self.following[userId] | {userId}
        candidates = [post for a in authors for post in self.posts[a][-10:]]
        return [tweet for _, tweet in nlargest(10, candidates)]

    def follow(self, followerId: int, followeeId: int) -> None:
        self.following[followerId].add(followeeId)

    def unfollow(self, followerId: int, followeeId: int) -> None:
        self.following[followerId].remove(followeeId)
