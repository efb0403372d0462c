# Interleaves the second half in its original order instead of reversing it first: 1, 3, 2, 4 instead of 1, 4, 2, 3.
class Solution:
    def reorderList(self, head: Optional[ListNode]) -> None:
        if head is None or head.next is None:
            return
        slow, fast = head, head.next
        while fast and fast.next:
            slow, fast = slow.next, fast.next.next
        second, slow.next = slow.next, None
        first = head
        while second:
            first.next, first = second, first.next
            second.next, second = first, second.next
