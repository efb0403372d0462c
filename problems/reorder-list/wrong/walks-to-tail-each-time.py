# Correct answers, but walks to the current tail for every node it moves: O(n^2), times out on 40000 nodes.
class Solution:
    def reorderList(self, head: Optional[ListNode]) -> None:
        cur = head
        while cur and cur.next and cur.next.next:
            before_tail = cur
            while before_tail.next.next:
                before_tail = before_tail.next
            tail = before_tail.next
            before_tail.next = None
            tail.next = cur.next
            cur.next = tail
            cur = tail.next
