# Missed case: stops when the shorter list ends, losing the longer number's remaining digits.
class Solution:
    def addTwoNumbers(self, l1: Optional[ListNode], l2: Optional[ListNode]) -> Optional[ListNode]:
        dummy = tail = ListNode()
        carry = 0
        while l1 and l2:
            carry, digit = divmod(l1.val + l2.val + carry, 10)
            tail.next = ListNode(digit)
            tail = tail.next
            l1, l2 = l1.next, l2.next
        if carry:
            tail.next = ListNode(carry)
        return dummy.next
