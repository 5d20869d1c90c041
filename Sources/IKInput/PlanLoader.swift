import IKModel
