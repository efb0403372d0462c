# Correct answers, but inserts each node of list2 by scanning from the head: O(n*m), times out on 20000 + 20000 nodes.
class Solution:
    def mergeTwoLists(self, list1: Optional[ListNode], list2: Optional[ListNode]) -> Optional[ListNode]:
        dummy = ListNode(0, list1)
        while list2:
            node, list2 = list2, list2.next
            prev = dummy
            while prev.next and prev.next.val <= node.val:
                prev = prev.next
            node.next = prev.next
            prev.next = node
        return dummy.next
