# Missed rule: also reverses the final group of fewer than k nodes, which must stay in order.
class Solution:
    def reverseKGroup(self, head: Optional[ListNode], k: int) -> Optional[ListNode]:
        dummy = ListNode(0, head)
        before = dummy
        while before.next:
            last = before
            for _ in range(k):
                if last.next is None:
                    break
                last = last.next
            after = last.next
            prev, node = after, before.next
            while node is not after:
                node.next, prev, node = prev, node, node.next
            first = before.next
            before.next = last
            before = first
        return dummy.next
