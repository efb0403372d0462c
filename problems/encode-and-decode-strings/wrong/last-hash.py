# Reads the length up to the last # before the next string instead of the first, so strings containing # break.
class Codec:
    def encode(self, strs: List[str]) -> str:
        return "".join(f"{len(s)}#{s}" for s in strs)

    def decode(self, s: str) -> List[str]:
        out, i = [], 0
        while i < len(s):
            j = i
            while j + 1 < len(s) and (s[j].isdigit() or s[j + 1] == "#"):
                j += 1
            size = int("".join(c for c in s[i:j] if c.isdigit()) or 0)
            out.append(s[j + 1 : j + 1 + size])
            i = j + 1 + size
        return out
