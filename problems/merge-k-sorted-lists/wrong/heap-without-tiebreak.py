# Pushes (val, node) pairs, so two equal values make the heap compare ListNode objects: TypeError.
class Solution:
    def mergeKLists(self, lists: List[Optional[ListNode]]) -> Optional[ListNode]:
        heap = [(node.val, node) for node in lists if node]
        heapify(heap)
        dummy = tail = ListNode()
        while heap:
            _, node = heappop(heap)
            tail.next = tail = node
            if node.next:
                heappush(heap, (node.next.val, node.next))
        return dummy.next
