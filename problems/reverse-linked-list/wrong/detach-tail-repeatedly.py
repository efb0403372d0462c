# Correct answers, but walks to the tail again for every node it moves: O(n^2), times out on 5000 nodes.
class Solution:
    def reverseList(self, head: Optional[ListNode]) -> Optional[ListNode]:
        dummy = tail = ListNode()
        while head:
            if head.next is None:
                tail.next, head = head, None
                break
            prev = head
            while prev.next.next:
                prev = prev.next
            tail.next = prev.next
            tail = tail.next
            prev.next = None
        return dummy.next
