class Solution:
    def copyRandomList(self, head: 'Optional[Node]') -> 'Optional[Node]':
        copy = {None: None}
        node = head
        while node:  # first pass: a copy of every node
            copy[node] = Node(node.val)
            node = node.next
        node = head
        while node:  # second pass: wire the copies to each other
            copy[node].next = copy[node.next]
            copy[node].random = copy[node.random]
            node = node.next
        return copy[head]
