# Counts positions from the end on the way back out of a recursion: right answers, but RecursionError on 30000 nodes.
class Solution:
    def removeNthFromEnd(self, head: Optional[ListNode], n: int) -> Optional[ListNode]:
        def strip(node):
            if node is None:
                return None, 0
            rest, k = strip(node.next)
            if k + 1 == n:
                return rest, k + 1
            node.next = rest
            return node, k + 1

        return strip(head)[0]
