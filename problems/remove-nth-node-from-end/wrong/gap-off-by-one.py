# Opens a gap of n - 1 nodes instead of n, so it removes the (n-1)-th node from the end.
class Solution:
    def removeNthFromEnd(self, head: Optional[ListNode], n: int) -> Optional[ListNode]:
        dummy = ListNode(0, head)
        fast = slow = dummy
        for _ in range(n):
            fast = fast.next
        while fast:
            fast, slow = fast.next, slow.next
        if slow.next:
            slow.next = slow.next.next
        return dummy.next
