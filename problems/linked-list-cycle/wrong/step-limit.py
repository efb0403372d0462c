# Gives up after a fixed number of steps and calls that a cycle: a long list without one is reported as cyclic.
class Solution:
    def hasCycle(self, head: Optional[ListNode]) -> bool:
        steps = 0
        while head:
            steps += 1
            if steps > 5000:
                return True
            head = head.next
        return False
