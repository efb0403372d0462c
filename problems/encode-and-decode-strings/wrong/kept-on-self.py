# Keeps the list on the instance that encoded it; the decoding instance never sees it.
class Codec:
    def encode(self, strs: List[str]) -> str:
        self.kept = list(strs)
        return str(len(strs))

    def decode(self, s: str) -> List[str]:
        return getattr(self, "kept", [])
