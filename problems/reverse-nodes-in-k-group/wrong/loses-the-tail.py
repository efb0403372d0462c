# Broken link: starts each reversal from None instead of the node after the group, so the first group ends the list.
class Solution:
    def reverseKGroup(self, head: Optional[ListNode], k: int) -> Optional[ListNode]:
        dummy = ListNode(0, head)
        before = dummy
        while True:
            last = before
            for _ in range(k):
                last = last.next
                if last is None:
                    return dummy.next
            after = last.next
            prev, node = None, before.next
            while node is not after:
                node.next, prev, node = prev, node, node.next
            first = before.next
            before.next = last
            before = first
