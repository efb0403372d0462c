# Reverses every link except the old head's: its next still points at the second node, so the
# returned list loops between the last two nodes instead of ending.
class Solution:
    def reverseList(self, head: Optional[ListNode]) -> Optional[ListNode]:
        if head is None:
            return None
        prev, cur = head, head.next
        while cur:
            nxt = cur.next
            cur.next = prev
            prev, cur = cur, nxt
        return prev
