import IKModel
import IKEngine
