class Solution:
    def reverseKGroup(self, head: Optional[ListNode], k: int) -> Optional[ListNode]:
        dummy = ListNode(0, head)
        before = dummy  # the node just before the group being reversed
        while True:
            # Find the group's last node; stop if fewer than k nodes remain.
            last = before
            for _ in range(k):
                last = last.next
                if last is None:
                    return dummy.next
            after = last.next
            # Reverse the group's links, pointing its first node at `after`.
            prev, node = after, before.next
            while node is not after:
                node.next, prev, node = prev, node, node.next
            first = before.next
            before.next = last
            before = first
