class Solution:
    def reorderList(self, head: Optional[ListNode]) -> None:
        if head is None or head.next is None:
            return
        # 1. Find the middle: slow stops at the last node of the first half.
        slow, fast = head, head.next
        while fast and fast.next:
            slow, fast = slow.next, fast.next.next
        # 2. Cut the list in two and reverse the second half.
        second, slow.next = slow.next, None
        prev = None
        while second:
            second.next, prev, second = prev, second, second.next
        # 3. Weave the reversed second half into the first.
        first, second = head, prev
        while second:
            first.next, first = second, first.next
            second.next, second = first, second.next
